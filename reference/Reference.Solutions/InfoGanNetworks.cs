namespace Reference.Solutions;

/// <summary>The five layers of <see cref="InfoGan"/>: the generator's hidden and output layers, the category's template
/// layer, and the discriminator's trunk and head (problems/infogan.md, "The networks").</summary>
public sealed class InfoGanNetworks
{
    /// <exception cref="ArgumentException">The layers' sizes do not fit together.</exception>
    public InfoGanNetworks(InfoGanDense generatorHidden, InfoGanDense generatorOutput, InfoGanDense categoryTemplate,
        InfoGanDense trunk, InfoGanDense head)
    {
        // A layer one input short would read its batch's rows out of step, which training alone tolerates.
        if (generatorHidden.Inputs < 12 || generatorOutput.Inputs != generatorHidden.Outputs ||
            generatorOutput.Outputs != InfoGanUpsample.LowPixels || categoryTemplate.Inputs != 10 ||
            categoryTemplate.Outputs != InfoGanUpsample.LowPixels || trunk.Inputs != 784 ||
            head.Inputs != trunk.Outputs + 1 || head.Outputs != 13)
        {
            throw new ArgumentException(
                $"The layers do not fit together: generator {generatorHidden.Inputs}→{generatorHidden.Outputs}, " +
                $"{generatorOutput.Inputs}→{generatorOutput.Outputs}, template {categoryTemplate.Inputs}→{categoryTemplate.Outputs}, " +
                $"trunk {trunk.Inputs}→{trunk.Outputs}, head {head.Inputs}→{head.Outputs}.");
        }
        (GeneratorHidden, GeneratorOutput, CategoryTemplate, Trunk, Head) = (generatorHidden, generatorOutput, categoryTemplate, trunk, head);
    }

    public InfoGanDense GeneratorHidden { get; }

    public InfoGanDense GeneratorOutput { get; }

    public InfoGanDense CategoryTemplate { get; }

    public InfoGanDense Trunk { get; }

    public InfoGanDense Head { get; }
}
