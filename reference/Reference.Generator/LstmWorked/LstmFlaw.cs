namespace Reference.Generator.LstmWorked;

/// <summary>Known wrong ways to work the LSTM example; each is recorded in the fixtures under its mistake name.</summary>
public enum LstmFlaw
{
    None,
    ConcatenationReversed,
    CandidateWithSigmoid,
    OutputWithoutTanh,
    BiasSignFlipped,
    GatesSwappedInCell,
}
