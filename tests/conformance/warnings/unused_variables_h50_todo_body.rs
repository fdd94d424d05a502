// lints: unused_variables
#[derive(Debug, Clone, Copy)]
struct Matrix {
    cells: [[f64; 2]; 2],
}

fn determinant(m: Matrix) -> f64 {
    todo!()
}

fn inverse(m: Matrix, eps: f64) -> Matrix {
    unimplemented!("inverse with eps")
}

fn main() {
    let m = Matrix { cells: [[1.0, 2.0], [3.0, 4.0]] };
    println!("{:?}", m);
    if m.cells[0][0] > 10.0 {
        println!("{}", determinant(m));
        println!("{:?}", inverse(m, 1e-9));
    }
}
