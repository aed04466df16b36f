namespace Grader.Core.Problems.InfoGan;

/// <summary>The known wrong InfoGAN implementations the fixtures record, by name, with what each means for a student.</summary>
public static class InfoGanMistakes
{
    public const string CategoryNotOneHot = "categorical code not one-hot";
    public const string CodesNotFed = "codes not fed to the generator";
    public const string DiscriminatorLabelsSwapped = "discriminator labels swapped";
    public const string QLossLeftOut = "Q loss left out";
    public const string ContinuousTermSign = "continuous code term with the wrong sign";
    public const string SaturatingGeneratorLoss = "saturating generator loss";
    public const string LambdaNotApplied = "λ not applied to the information term";

    public static IReadOnlyDictionary<string, string> Hints { get; } = new Dictionary<string, string>
    {
        [CategoryNotOneHot] = "The category enters the generator as a one-hot vector of 10 (a 1 at its index, 0 elsewhere), not as its number.",
        [CodesNotFed] = "The generator's input is [onehot(category), c1, c2, z]: without the codes it cannot make them control anything.",
        [DiscriminatorLabelsSwapped] = "The discriminator calls real images 1 and generated ones 0: L_D = mean softplus(−s_real) + mean softplus(s_fake).",
        [QLossLeftOut] = "L_G must add λ·(cross-entropy of the Q head's logits against the category + ½ Σ (c − μ)²): without it the codes control nothing.",
        [ContinuousTermSign] = "The Gaussian term is −log q(c|x) = ½ Σ (c − μ)² + const, added (minimised), not subtracted.",
        [SaturatingGeneratorLoss] = "Use the non-saturating generator loss mean softplus(−s_fake) = −log D(G(z)), not −mean softplus(s_fake) = log(1 − D(G(z))).",
        [LambdaNotApplied] = "Multiply the whole information term (the cross-entropy and the Gaussian term) by λ.",
    };
}
