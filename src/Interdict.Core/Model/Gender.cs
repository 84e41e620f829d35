namespace Interdict.Core.Model;

public enum Gender
{
    Unknown,
    Male,
    Female,
}

public static class GenderParser
{
    /// <summary>Reads the gender wordings of the lists ("Male", "Gender Male", "female", "M"); Unknown otherwise.</summary>
    public static Gender Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "male" or "m" or "man" => Gender.Male,
        "female" or "f" or "woman" => Gender.Female,
        _ => Gender.Unknown,
    };
}
