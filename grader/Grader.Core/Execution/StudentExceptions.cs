using System.Diagnostics;
using System.Reflection;
using System.Text;
using Grader.Core.Grading;

namespace Grader.Core.Execution;

/// <summary>Turns an exception thrown by student code into a status and a message that points into the student's code.</summary>
internal static class StudentExceptions
{
    private const int FramesShown = 3;

    public static StudentFailure Classify(Exception exception, string during, Assembly? student)
    {
        var e = Unwrap(exception);
        return e switch
        {
            NotImplementedException => new StudentFailure(CheckStatus.NotImplemented, $"{during}: {e.Message}"),
            OutOfMemoryException => new StudentFailure(CheckStatus.OutOfMemory, $"{during} ran out of memory: {e.Message}"),
            InsufficientExecutionStackException => new StudentFailure(CheckStatus.StackOverflow, $"{during} recursed too deeply: {e.Message}"),
            _ => new StudentFailure(CheckStatus.Threw, Describe(e, during, student)),
        };
    }

    private static Exception Unwrap(Exception e)
    {
        while (true)
        {
            switch (e)
            {
                case TargetInvocationException { InnerException: { } inner }:
                    e = inner;
                    break;
                case AggregateException { InnerExceptions.Count: 1 } aggregate:
                    e = aggregate.InnerExceptions[0];
                    break;
                default:
                    return e;
            }
        }
    }

    private static string Describe(Exception e, string during, Assembly? student)
    {
        var text = new StringBuilder($"{during} threw {e.GetType().FullName}: {e.Message}");
        var frames = new StackTrace(e, fNeedFileInfo: true).GetFrames()
            .Where(f => student is null || f.GetMethod()?.DeclaringType?.Assembly == student)
            .Take(FramesShown);
        foreach (var frame in frames)
        {
            var method = frame.GetMethod();
            text.Append($"\n   at {method?.DeclaringType?.FullName}.{method?.Name}");
            if (frame.GetFileName() is { } file)
            {
                text.Append($" in {Path.GetFileName(file)}:line {frame.GetFileLineNumber()}");
            }
        }
        return text.ToString();
    }
}
