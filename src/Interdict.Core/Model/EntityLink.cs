namespace Interdict.Core.Model;

/// <summary>A relation the list states to another party ("Linked To: X" in OFAC remarks, UK "Parent company").</summary>
/// <param name="Relation">The list's wording of the relation, e.g. "Linked To".</param>
/// <param name="TargetName">The other party as named in the list.</param>
/// <param name="TargetId">The other party's entity id when it is on the same list; null otherwise.</param>
public sealed record EntityLink(string Relation, string TargetName, string? TargetId = null);
