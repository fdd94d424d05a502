// lints: unused_imports
mod units {
    pub const CM_PER_M: i32 = 100;
    pub const MM_PER_CM: i32 = 10;
    pub fn to_mm(m: i32) -> i32 {
        m * CM_PER_M * MM_PER_CM
    }
}

fn main() {
    use units::{to_mm, CM_PER_M, MM_PER_CM};
    let m = 3;
    {
        use units::to_mm as mm;
        println!("{}", mm(m));
    }
    println!("{}", CM_PER_M * m);
}
