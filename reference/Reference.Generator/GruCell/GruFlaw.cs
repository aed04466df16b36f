namespace Reference.Generator.GruCell;

/// <summary>Known wrong ways to write a GRU cell; each is recorded in the fixtures under its mistake name.</summary>
public enum GruFlaw
{
    None,
    DWhTransposed,
    DWzhTransposed,
    DWrhTransposed,
    UpdateGateSwapped,
    ResetLeftOutOfDWh,
    DirectPathMissing,
    UpdateSignFlipped,
    TanhDerivativeMissing,
    SigmoidDerivativeMissing,
    ResetPathMissingFromDh,
}
