// Const generics: parameters with defaults, const arguments in braces, generic arrays.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Matrix<const R: usize, const C: usize> {
    data: [[f64; C]; R],
}

impl<const R: usize, const C: usize> Matrix<R, C> {
    pub const ROWS: usize = R;

    pub fn zero() -> Self {
        Matrix { data: [[0.0; C]; R] }
    }

    pub fn transpose(&self) -> Matrix<C, R> {
        let mut out = Matrix::<C, R>::zero();
        for r in 0..R {
            for c in 0..C {
                out.data[c][r] = self.data[r][c];
            }
        }
        out
    }
}

pub struct RingBuffer<T, const N: usize = 16> {
    items: [Option<T>; N],
    head: usize,
}

impl<T: Copy, const N: usize> RingBuffer<T, N> {
    pub fn new() -> Self {
        RingBuffer { items: [None; N], head: 0 }
    }

    pub fn push(&mut self, v: T) {
        self.items[self.head % N] = Some(v);
        self.head += 1;
    }
}

pub struct Flags<const ENABLED: bool, const TAG: char = 'x'>;

fn sum_array<const N: usize>(xs: [i32; N]) -> i32 {
    xs.iter().sum()
}

const fn double(n: usize) -> usize {
    n * 2
}

fn make<const N: usize>() -> [u8; N] {
    [0; N]
}

fn main() {
    let m: Matrix<2, 3> = Matrix::zero();
    let t = m.transpose();
    let mut rb: RingBuffer<u8> = RingBuffer::new();
    rb.push(1);
    let mut rb2 = RingBuffer::<i32, 4>::new();
    rb2.push(-1);
    let _f: Flags<true> = Flags;
    let _g = Flags::<false, 'y'>;
    let arr = make::<{ double(2) }>();
    let neg = make::<{ 1 + 1 }>();
    let lit = make::<3>();
    println!("{} {} {}", sum_array([1, 2, 3]), Matrix::<2, 3>::ROWS, t.data.len());
    println!("{} {} {} {}", arr.len(), neg.len(), lit.len(), rb.head + rb2.head);
}
