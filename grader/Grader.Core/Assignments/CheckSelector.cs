namespace Grader.Core.Assignments;

/// <summary>How an assignment names checks: <c>problem/quantity</c> for that quantity on every fixture set, or
/// <c>problem/*</c> for all of a problem's checks.</summary>
public static class CheckSelector
{
    public static bool Matches(string selector, string problem, string quantity)
    {
        var slash = selector.IndexOf('/');
        return slash > 0 && selector[..slash] == problem && (selector[(slash + 1)..] is "*" || selector[(slash + 1)..] == quantity);
    }
}
