namespace Reference.Generator.SoftmaxRnn;

/// <summary>Known wrong ways to write BPTT for the softmax RNN; each is recorded in the fixtures under its mistake name.</summary>
public enum SoftmaxFlaw
{
    None,
    RecurrentTermMissing,
    CurrentStateInDWhh,
    TanhDerivativeMissing,
    OneHotNotSubtracted,
    LastStepOnly,
}
