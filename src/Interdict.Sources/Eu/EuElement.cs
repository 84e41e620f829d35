namespace Interdict.Sources.Eu;

/// <summary>
/// One element of the EU Financial Sanctions File as the XML 1.1 schema names it (sanctionEntity, nameAlias,
/// birthdate, regulationSummary …): its attributes by their XML names, its &lt;remark&gt; texts and its child
/// elements. Both front ends produce it: the XML reader from the elements, the CSV reader from a row's columns
/// (csv-columns.tsv says which column is which attribute). One mapper then turns it into an entity.
/// </summary>
internal sealed class EuElement(string name, string location)
{
    private readonly Dictionary<string, string> _attributes = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    /// <summary>Where the element is, for errors: "line 12, sanctionEntity #1 (logicalId 13)", "row 7".</summary>
    public string Location { get; } = location;

    public List<string> Remarks { get; } = [];

    public List<EuElement> Children { get; } = [];

    /// <summary>The attributes that have a value, cleaned of the list's line wrapping.</summary>
    public IReadOnlyDictionary<string, string> Attributes => _attributes;

    /// <summary>The cleaned attribute value; null when absent or blank.</summary>
    public string? this[string attribute] => _attributes.GetValueOrDefault(attribute);

    /// <summary>Sets an attribute unless the value is blank (the EU writes every attribute, most of them empty).</summary>
    public void Set(string attribute, string? value)
    {
        if (TextCleaning.Clean(value) is { } clean) _attributes[attribute] = clean;
    }

    public void AddRemark(string? text)
    {
        if (TextCleaning.Clean(text) is { } clean && !Remarks.Contains(clean)) Remarks.Add(clean);
    }

    public IEnumerable<EuElement> ChildrenNamed(string name) => Children.Where(c => c.Name == name);

    /// <summary>"true" or "false" as xs:boolean writes it (also "1" and "0"); null when absent.</summary>
    /// <exception cref="FormatException">The value is not a boolean.</exception>
    public bool? Flag(string attribute) => this[attribute] switch
    {
        null => null,
        "true" or "1" => true,
        "false" or "0" => false,
        var other => throw new FormatException($"{Name} {attribute} '{other}' is not true or false"),
    };

    /// <summary>Text that is the same for two elements exactly when their attributes, remarks and children are:
    /// CSV rows repeat an entity's own columns on every row, and a detail read twice is kept once.</summary>
    public string Key()
    {
        var parts = _attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}")
            .Concat(Remarks.Select(r => $"remark={r}"))
            .Concat(Children.Select(c => $"[{c.Key()}]"));
        return $"{Name}({string.Join('\u001f', parts)})";
    }
}
