namespace Reference.Generator.CharRnn;

/// <summary>Known wrong ways to write the char-rnn; each is recorded in the fixtures under its mistake name.</summary>
public enum CharRnnFlaw
{
    None,
    ReluDerivativeMissing,
    RecurrentTermDropped,
    DWWithCurrentState,
    OneHotNotSubtracted,
    BiasesNotSummed,
    DWTransposed,
    SpacesNotCollapsed,
}
