namespace Grader.Core.Numerics;

/// <summary>How an actual array compares with an expected one under a tolerance.</summary>
public enum ComparisonKind
{
    Close,
    NotClose,
    ShapeMismatch,
    NotFinite,
}
