using System.Reflection;
using Grader.Core.Grading;

namespace Grader.Core.Execution;

/// <summary>Finds the one public class of a submission that implements a problem's contract, and creates it.</summary>
internal static class ImplementationLocator
{
    public static object? TryCreate(Assembly submission, Type contract, string problem, out StudentFailure? failure)
    {
        failure = null;
        Type[] types;
        try
        {
            types = submission.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types.OfType<Type>().ToArray();
        }

        var candidates = types
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && contract.IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();
        switch (candidates.Length)
        {
            case 0:
                failure = new StudentFailure(CheckStatus.NotImplemented,
                    $"No public class implements {contract.Name}, so {problem} cannot be graded. Keep the template's class and implement it.");
                return null;
            case > 1:
                failure = new StudentFailure(CheckStatus.NotImplemented,
                    $"More than one public class implements {contract.Name} ({string.Join(", ", candidates.Select(c => c.FullName))}); keep one.");
                return null;
        }

        var type = candidates[0];
        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            failure = new StudentFailure(CheckStatus.NotImplemented, $"{type.FullName} needs a public parameterless constructor.");
            return null;
        }
        try
        {
            return Activator.CreateInstance(type)!;
        }
        catch (Exception e)
        {
            failure = StudentExceptions.Classify(e, $"The constructor of {type.FullName}", submission);
            return null;
        }
    }
}
