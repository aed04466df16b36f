namespace Reference.Generator.SigmoidRnn;

/// <summary>Known wrong ways to differentiate the scalar sigmoid RNN; each is recorded in the fixtures under its mistake name.</summary>
public enum SigmoidFlaw
{
    None,
    RecurrentTermMissing,
    W2Missing,
    SigmoidDerivativeMissing,
    DerivativeAtState,
    LossGradientSignFlipped,
}
