namespace Grader.Cli.SelfCheck;

/// <summary>How a mutant fared. Whatever the mutant does (loop, crash, not compile), it ends in one of these.</summary>
public enum MutantStatus
{
    /// <summary>It lost points on the hidden fixtures (a wrong value, a time-out, a crash: any check not passed).</summary>
    Killed,

    /// <summary>Full marks, and not listed as equivalent: a wrong implementation the fixtures would accept.</summary>
    Survived,

    /// <summary>Full marks, and listed in the equivalents file with the reason it computes the same thing.</summary>
    Equivalent,

    /// <summary>Full marks, and listed as wrong in a way no check can see, with the reason.</summary>
    Unobservable,

    /// <summary>The rewrite does not compile; it says nothing about the fixtures.</summary>
    CompileError,

    /// <summary>Selfcheck could not grade it (a fault of the grading machinery, not of the mutant); listed, never silent.</summary>
    NotGraded,
}
