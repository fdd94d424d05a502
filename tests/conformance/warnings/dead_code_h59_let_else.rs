// lints: dead_code
#[derive(Debug, Clone, Copy)]
enum Input {
    Number(i64),
    Word(u8),
    Nothing,
}

fn double(inp: Input) -> i64 {
    let Input::Number(n) = inp else {
        println!("not a number: {:?}", inp);
        return 0;
    };
    n * 2
}

fn first_two(xs: &[i64]) -> i64 {
    let [a, b, ..] = xs else {
        return -1;
    };
    a + b
}

fn main() {
    let inputs = [Input::Number(21), Input::Word(3), Input::Nothing];
    let mut acc = 0;
    for i in inputs {
        acc += double(i);
    }
    println!("{}", acc);
    println!("{}", first_two(&[4, 5, 6]));
    println!("{}", first_two(&[4]));
}
