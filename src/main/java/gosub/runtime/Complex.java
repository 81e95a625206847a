package gosub.runtime;

/** A complex64 or complex128 value. */
public record Complex(double re, double im) {
    public Complex add(Complex o) {
        return new Complex(re + o.re, im + o.im);
    }

    public Complex sub(Complex o) {
        return new Complex(re - o.re, im - o.im);
    }

    public Complex mul(Complex o) {
        return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    public Complex div(Complex o) {
        double d = o.re * o.re + o.im * o.im;
        return new Complex((re * o.re + im * o.im) / d, (im * o.re - re * o.im) / d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Complex c && re == c.re && im == c.im;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(re + 0.0) * 31 + Double.hashCode(im + 0.0);
    }
}
