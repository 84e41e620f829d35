namespace Interdict.Core.Model;

/// <summary>What the lists state about a ship. The IMO and MMSI numbers are <see cref="Identifier"/>s.</summary>
public sealed record VesselDetails(
    string? Type = null,
    string? Flag = null,
    string? CallSign = null,
    string? Tonnage = null,
    string? GrossRegisteredTonnage = null,
    string? Owner = null,
    IReadOnlyList<string>? FormerFlags = null,
    string? BuildYear = null);

/// <summary>What the lists state about an aircraft. Serial and tail numbers are <see cref="Identifier"/>s.</summary>
public sealed record AircraftDetails(
    string? Model = null,
    string? Operator = null,
    string? ManufactureDate = null);
