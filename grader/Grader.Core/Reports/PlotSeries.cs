namespace Grader.Core.Reports;

/// <summary>One line of a plot: its legend name and its points (same length).</summary>
public sealed record PlotSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y);
