using Grader.Core.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Problems.MlpSelection;

/// <summary>A case's data and seed, read from its inputs.</summary>
internal sealed record SelectionData(Matrix<double> TrainX, int[] TrainY, Matrix<double> DevX, int[] DevY, int RandomState)
{
    public static SelectionData Of(IReadOnlyDictionary<string, NumericArray> inputs) => new(
        inputs["trainX"].ToMatrix(),
        inputs["trainY"].Data.Select(v => (int)v).ToArray(),
        inputs["devX"].ToMatrix(),
        inputs["devY"].Data.Select(v => (int)v).ToArray(),
        (int)inputs["random_state"].ToScalar());
}
