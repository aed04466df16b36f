using Grader.Core.Execution;
using Grader.Core.Grading;

namespace Grader.Cli.Isolation;

/// <summary>Names why a runner died during a call, from its exit code and what it wrote to stderr.</summary>
public static class ExitClassifier
{
    public static StudentFailure Classify(int exitCode, string stderr, string during)
    {
        if (stderr.Contains("Stack overflow", StringComparison.Ordinal))
        {
            return new StudentFailure(CheckStatus.StackOverflow, $"{during}: the code recursed until the stack overflowed, which ends the process.");
        }
        if (stderr.Contains("OutOfMemory", StringComparison.Ordinal) || stderr.Contains("Out of memory", StringComparison.OrdinalIgnoreCase))
        {
            return new StudentFailure(CheckStatus.OutOfMemory, $"{during}: the process ran out of memory and was ended.");
        }
        if (exitCode > 128)
        {
            var signal = exitCode - 128;
            var name = signal switch { 6 => "SIGABRT", 9 => "SIGKILL", 11 => "SIGSEGV", 15 => "SIGTERM", _ => $"signal {signal}" };
            var kind = signal == 9 ? CheckStatus.OutOfMemory : CheckStatus.Crashed;
            var why = signal == 9 ? "it was killed (SIGKILL), most likely by the system for using too much memory" : $"a fatal error ({name})";
            return new StudentFailure(kind, $"{during}: the process died of {why}.{Tail(stderr)}");
        }
        return new StudentFailure(CheckStatus.ExitedEarly,
            $"{during}: the process exited by itself with code {exitCode} (Environment.Exit or similar) before returning.");
    }

    private static string Tail(string stderr)
    {
        var text = stderr.Trim();
        return text.Length == 0 ? "" : $"\nLast words on stderr:\n{(text.Length > 600 ? "…" + text[^600..] : text)}";
    }
}
