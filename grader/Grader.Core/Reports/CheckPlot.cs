namespace Grader.Core.Reports;

/// <summary>A figure attached to a check's feedback: a title and a self-contained SVG document.</summary>
public sealed record CheckPlot(string Title, string Svg);
