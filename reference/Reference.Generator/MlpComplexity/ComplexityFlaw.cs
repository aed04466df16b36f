namespace Reference.Generator.MlpComplexity;

/// <summary>Known wrong closed forms; each is recorded in the fixtures under its mistake name.</summary>
public enum ComplexityFlaw
{
    BiasesForgotten,
    HiddenLayersOffByOne,
    OutputLayerForgotten,
    BackwardCountedOnce,
    UpdateForgotten,
    DerivativeProductsForgotten,
    EveryEdgeMultiplied,
    PathsFromInputsOnly,
}
