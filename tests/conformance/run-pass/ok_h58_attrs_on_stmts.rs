#[allow(dead_code)]
struct Unused;

fn main() {
    #[allow(unused_variables)]
    let ignored = 42;

    #[allow(unused_mut)]
    let mut not_mutated = 3;
    println!("{}", not_mutated);

    #[allow(non_snake_case)]
    let CamelLocal = 7;
    println!("{}", CamelLocal);

    #[allow(unused_assignments)]
    {
        let mut z = 1;
        z = 2;
        z = 3;
        println!("{}", z);
    }

    #[allow(unused_parens)]
    let p = (5);
    println!("{}", p);

    let arr = [
        1,
        2,
        3,
    ];
    println!("{:?}", arr,);
    helper(1, 2,);
}

fn helper(a: i32, b: i32,) {
    println!("{}", a + b,);
}
