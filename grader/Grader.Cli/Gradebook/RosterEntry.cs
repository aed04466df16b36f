namespace Grader.Cli.Gradebook;

/// <summary>One student of a Canvas roster, as Canvas's gradebook export names them.</summary>
/// <param name="Student">"Last, First".</param>
/// <param name="Id">Canvas's own user id.</param>
/// <param name="Line">The roster's line, for messages.</param>
public sealed record RosterEntry(int Line, string Student, string Id, string SisUserId, string SisLoginId, string Section);
