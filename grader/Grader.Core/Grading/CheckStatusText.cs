namespace Grader.Core.Grading;

/// <summary>The words a student reads for each status.</summary>
public static class CheckStatusText
{
    public static string Describe(this CheckStatus status) => status switch
    {
        CheckStatus.Passed => "passed",
        CheckStatus.Wrong => "wrong",
        CheckStatus.ShapeMismatch => "shape mismatch",
        CheckStatus.NotFinite => "NaN or infinity",
        CheckStatus.ReturnedNull => "returned null",
        CheckStatus.NotImplemented => "not implemented",
        CheckStatus.Threw => "threw",
        CheckStatus.TimedOut => "timed out",
        CheckStatus.Crashed => "crashed",
        CheckStatus.OutOfMemory => "out of memory",
        CheckStatus.StackOverflow => "stack overflow",
        CheckStatus.ExitedEarly => "exited",
        CheckStatus.CompileError => "compile error",
        CheckStatus.NotGraded => "not graded",
        CheckStatus.Manual => "graded by hand",
        _ => status.ToString(),
    };

    /// <summary>The snake_case name used in results.json and the gradebook.</summary>
    public static string Code(this CheckStatus status) => status switch
    {
        CheckStatus.ShapeMismatch => "shape_mismatch",
        CheckStatus.NotFinite => "not_finite",
        CheckStatus.ReturnedNull => "returned_null",
        CheckStatus.NotImplemented => "not_implemented",
        CheckStatus.TimedOut => "timed_out",
        CheckStatus.OutOfMemory => "out_of_memory",
        CheckStatus.StackOverflow => "stack_overflow",
        CheckStatus.ExitedEarly => "exited",
        CheckStatus.CompileError => "compile_error",
        CheckStatus.NotGraded => "not_graded",
        _ => status.ToString().ToLowerInvariant(),
    };
}
