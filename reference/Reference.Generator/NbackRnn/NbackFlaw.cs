namespace Reference.Generator.NbackRnn;

/// <summary>Known wrong ways to write BPTT for the n-back RNN; each is recorded in the fixtures under its mistake name.</summary>
public enum NbackFlaw
{
    None,
    RecurrentTermMissing,
    CurrentStateInDU,
    TanhDerivativeMissing,
    LastStepOnly,
    DUTransposed,
}
