namespace Grader.Core.Problems.InfoGan;

/// <summary>The true factors of one procedural digit image.</summary>
/// <param name="Digit">Which digit, 0–9.</param>
/// <param name="Slant">The shear: x moves by Slant pixels per pixel up from the image centre (positive leans right).</param>
/// <param name="Width">The stroke's width in pixels.</param>
/// <param name="ShiftX">Horizontal shift of the glyph's centre, pixels.</param>
/// <param name="ShiftY">Vertical shift of the glyph's centre, pixels.</param>
public readonly record struct DigitFactors(int Digit, double Slant, double Width, double ShiftX, double ShiftY);
