namespace Grader.Core.Diagnosis;

/// <summary>Ties a gradient the grader checks to the input it differentiates and the forward outputs it rests on.</summary>
/// <param name="Gradient">The gradient's quantity, e.g. <c>dWh</c>.</param>
/// <param name="Parameter">The input it is the derivative with respect to, e.g. <c>Wh</c>; same shape as the gradient
/// unless <paramref name="AlongOutput"/>.</param>
/// <param name="Forward">The forward quantities whose correctness the objective rests on, e.g. <c>h_next</c>.</param>
/// <param name="AlongOutput">False: element k of the gradient is ∂objective/∂parameter[k] of a scalar objective.
/// True: the parameter is a scalar and element k is ∂objective[k]/∂parameter (e.g. dh_t/dw1 for every t).</param>
public sealed record GradientLink(string Gradient, string Parameter, IReadOnlyList<string> Forward, bool AlongOutput = false);
