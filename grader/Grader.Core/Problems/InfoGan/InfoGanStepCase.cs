using Grader.Contracts;
using Grader.Core.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Problems.InfoGan;

/// <summary>A case of <c>infogan</c> that checks one training step exactly (<see cref="IInfoGan.Gradients"/>): its inputs
/// are the five layers' weights (<c>trunk_weights</c>, <c>trunk_bias</c>, …) and the batch's random draws given; the same
/// case checks <see cref="IInfoGan.AdamSteps"/> from those weights on that batch.</summary>
public static class InfoGanStepCase
{
    /// <summary>The five layers, by the snake-case name their inputs and gradients are keyed with, in contract order.</summary>
    public static readonly IReadOnlyList<string> Layers = ["generator_hidden", "generator_output", "category_template", "trunk", "head"];

    /// <summary>The gradients' quantity names: <c>d_generator_hidden_weights</c>, <c>d_generator_hidden_bias</c>, ….</summary>
    public static IEnumerable<string> GradientNames => Layers.SelectMany(name => new[] { $"d_{name}_weights", $"d_{name}_bias" });

    /// <summary>The weights after Adam's steps as quantities: <c>adam_trunk</c>, …, each W with b as its last column.</summary>
    public static IEnumerable<string> AdamNames => Layers.Select(name => $"adam_{name}");

    public static bool IsStep(IReadOnlyDictionary<string, NumericArray> inputs) => inputs.ContainsKey("trunk_weights");

    public static InfoGanParameters Parameters(IReadOnlyDictionary<string, NumericArray> inputs)
    {
        var layers = Layers.Select(name => new InfoGanLayer(inputs[$"{name}_weights"].ToMatrix(), inputs[$"{name}_bias"].ToVector())).ToArray();
        return new InfoGanParameters(layers[0], layers[1], layers[2], layers[3], layers[4]);
    }

    public static InfoGanStepBatch Batch(IReadOnlyDictionary<string, NumericArray> inputs) => new(
        inputs["real"].ToMatrix(),
        inputs["categories"].Data.Select(v => (int)v).ToArray(),
        inputs["continuous_codes"].ToMatrix(),
        inputs["noise"].ToMatrix(),
        inputs["fake_instance_noise"].ToMatrix());

    /// <summary>Each layer by its name, in contract order; null layers where the submission gave none.</summary>
    public static IEnumerable<(string Name, InfoGanLayer? Layer)> LayersOf(InfoGanParameters? parameters) =>
        Layers.Zip(new[] { parameters?.GeneratorHidden, parameters?.GeneratorOutput, parameters?.CategoryTemplate, parameters?.Trunk, parameters?.Head });
}
