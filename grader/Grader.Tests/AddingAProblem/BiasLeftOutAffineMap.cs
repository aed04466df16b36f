using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.AddingAProblem;

/// <summary>The answer key with the one mistake it exists for: y = W x, the bias left out. Internal, so that the test
/// assembly, graded as a submission, has one public implementation of the contract.</summary>
internal sealed class BiasLeftOutAffineMap : AffineMap
{
    protected override Vector<double> Output(Vector<double> x) => W * x;
}
