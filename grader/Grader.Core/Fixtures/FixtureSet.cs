namespace Grader.Core.Fixtures;

/// <summary>Which fixtures a check runs on: public ones ship to students, hidden ones stay with the grader.</summary>
public enum FixtureSet
{
    Public,
    Hidden,
}
