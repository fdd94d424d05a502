use linalg::{fib_matrix, Mat2};

fn double_in_place(m: &Mat2) {
    m.scale(2);
}

fn zero_corner(m: &Mat2) {
    m.a[0][0] = 0;
}

fn main() {
    let f = fib_matrix();
    let mut p = Mat2::IDENTITY;
    for _ in 0..10 {
        p = p.mul(&f);
    }
    println!("fib(10) = {}", p.a[0][1]);
    let id = Mat2::IDENTITY;
    id.scale(3);
    double_in_place(&p);
    zero_corner(&p);
    println!("{} {:?}", p.det(), id);
}
