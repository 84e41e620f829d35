using Interdict.Core.Model;
using static Interdict.Sources.Eu.EuValues;

namespace Interdict.Sources.Eu;

/// <summary>
/// Turns one sanctionEntity, as either front end hands it over (<see cref="EuElement"/>), into an entity: the
/// subject type gives the schema, the nameAlias elements the names, the detail elements birth dates, citizenships,
/// identifiers and addresses, the regulations the programmes and the listing date.
/// </summary>
internal static class EuEntityMapper
{
    /// <exception cref="ListDataException">A value the schema defines precisely is malformed, or the subject type
    /// is missing or unknown; the location names the element (its line, or its CSV row).</exception>
    public static EntityBuilder Map(string path, EuElement entity, string id)
    {
        var builder = new EntityBuilder(id, At(path, entity, () => SchemaOf(entity)));
        At(path, entity, () => AddEntityFacts(builder, entity));
        At(path, entity, () => EuNames.Add(builder, [.. entity.ChildrenNamed("nameAlias")]));
        foreach (var child in entity.Children) At(path, child, () => AddDetail(builder, child));
        builder.ListedOn = At(path, entity, () => EarliestDate(entity));
        return builder;
    }

    /// <summary>subjectType code "person" / "enterprise", classificationCode "P" / "E". The EU lists no vessels
    /// or aircraft in this file; any other type is refused rather than guessed.</summary>
    private static Schema SchemaOf(EuElement entity)
    {
        var types = entity.ChildrenNamed("subjectType").ToList();
        if (types.Count != 1) throw new FormatException($"{types.Count} subjectType elements where the entity needs one");
        var code = types[0]["code"];
        var classification = types[0]["classificationCode"];
        return (code?.ToLowerInvariant(), classification?.ToUpperInvariant()) switch
        {
            ("person", null or "P") or (null, "P") => Schema.Person,
            ("enterprise", null or "E") or (null, "E") => Schema.Organization,
            _ => throw new FormatException($"unknown subjectType code '{code}', classificationCode '{classification}'"),
        };
    }

    /// <summary>The EU reference (EU.27.28) and the UN reference the entity carries are the keys other lists and
    /// users cite it by; the remarks and designation details are kept as said.</summary>
    private static void AddEntityFacts(EntityBuilder builder, EuElement entity)
    {
        if (entity["euReferenceNumber"] is { } eu)
            EntityBuilder.AddDistinct(builder.Identifiers, new Identifier(IdentifierType.ListReference, eu, Label: "EU reference number"));
        if (entity["unitedNationId"] is { } un)
            EntityBuilder.AddDistinct(builder.Identifiers, new Identifier(IdentifierType.ListReference, un, Label: "UN reference number"));
        foreach (var remark in entity.Remarks) EntityBuilder.AddDistinct(builder.Remarks, remark);
        EntityBuilder.AddDistinct(builder.Remarks, entity["designationDetails"]);
    }

    private static void AddDetail(EntityBuilder builder, EuElement child)
    {
        switch (child.Name)
        {
            case "regulation":
                EntityBuilder.AddDistinct(builder.Programs, child["programme"]);
                EntityBuilder.AddDistinct(builder.Remarks, Regulation(child));
                break;
            case "birthdate":
                EuBirthDates.Add(builder, child);
                break;
            case "citizenship":
                EntityBuilder.AddDistinct(builder.Citizenships, Country(child));
                if (child["region"] is { } region) EntityBuilder.AddDistinct(builder.Remarks, $"Citizenship {Country(child)}: region {region}");
                foreach (var remark in child.Remarks) EntityBuilder.AddDistinct(builder.Remarks, $"Citizenship: {remark}");
                break;
            case "identification":
                EuIdentifications.Add(builder, child);
                break;
            case "address":
                EuAddresses.Add(builder, child);
                break;
        }
    }

    /// <summary>"Regulation 1210/2003 (OJ L169) of 2003-07-08": the legal acts the listing rests on.</summary>
    private static string? Regulation(EuElement regulation)
    {
        if (regulation["numberTitle"] is not { } title) return null;
        var kind = regulation["regulationType"] is { } type ? char.ToUpperInvariant(type[0]) + type[1..] : "Act";
        return regulation["publicationDate"] is { } published ? $"{kind} {title} of {published}" : $"{kind} {title}";
    }

    /// <summary>
    /// The earliest date the EU ties the listing to: designationDate, and the publication date of every act cited,
    /// the entity's own regulations and those each name, birth date or address was published in. The entity's
    /// regulation is often only its latest amendment (2025/206 for an entity listed since 2002), while the acts that
    /// added its details go back to the listing.
    /// </summary>
    private static DateOnly? EarliestDate(EuElement entity)
    {
        var acts = entity.Children.Where(c => c.Name == "regulation")
            .Concat(entity.Children.SelectMany(c => c.ChildrenNamed("regulationSummary")));
        return acts.Select(act => Date(act, "publicationDate")).Append(Date(entity, "designationDate")).Min();
    }

    private static void At(string path, EuElement element, Action read) => At(path, element, () =>
    {
        read();
        return 0;
    });

    private static T At<T>(string path, EuElement element, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (FormatException e)
        {
            throw new ListDataException(path, element.Location, e.Message, e);
        }
    }
}
