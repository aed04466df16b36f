namespace Reference.Generator.Fixtures;

/// <summary>A generator whose fixtures record known wrong implementations: for each mistake, by the name the
/// fixtures and the problem's hints use, a way to build an implementation that makes exactly that mistake.</summary>
/// <remarks>The grader's tests grade each of these and check that the mistake is named, so every recorded mistake
/// is proven to be recognised, whatever the problem.</remarks>
public interface IKnownMistakes
{
    IReadOnlyDictionary<string, Func<object>> FlawedImplementations { get; }
}
