namespace Reference.Generator.InfoGan;

/// <summary>The known mistakes <see cref="FlawedInfoGan"/> can make.</summary>
public enum InfoGanFlaw
{
    None,
    CategoryNotOneHot,
    CodesNotFed,
    DiscriminatorLabelsSwapped,
    QLossLeftOut,
    ContinuousTermSign,
    SaturatingGeneratorLoss,
    LambdaNotApplied,
}
