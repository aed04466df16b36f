namespace Grader.Contracts;

/// <summary>The five layers of an <see cref="IInfoGan"/> (problems/infogan.md, "The networks"), or the gradients of a
/// training step's objectives with respect to them. The hidden widths g and t are the weights' own.</summary>
/// <param name="GeneratorHidden">[onehot(category), c1, c2, z] → g ReLU units; g×(12 + z's length).</param>
/// <param name="GeneratorOutput">The g hidden units → the 14×14 image's logits; 196×g.</param>
/// <param name="CategoryTemplate">The one-hot category → the same 196 logits (added); 196×10.</param>
/// <param name="Trunk">The 784 pixels → t leaky-ReLU features shared by D and Q; t×784.</param>
/// <param name="Head">The t features and the batch spread → [s, 10 category logits, μ1, μ2]; 13×(t + 1).</param>
public sealed record InfoGanParameters(
    InfoGanLayer GeneratorHidden,
    InfoGanLayer GeneratorOutput,
    InfoGanLayer CategoryTemplate,
    InfoGanLayer Trunk,
    InfoGanLayer Head);
