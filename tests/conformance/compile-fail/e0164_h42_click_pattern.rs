// Matching a struct-like variant with tuple syntax.
#[derive(Debug, Clone, Copy)]
enum Input {
    Key(char),
    Click { x: i32, y: i32 },
    Scroll(i32),
}

fn handle(i: Input) -> i32 {
    match i {
        Input::Key(c) => c as i32,
        // mistake: Click has named fields
        Input::Click(x, y) => x + y,
        Input::Scroll(d) => d,
    }
}

fn main() {
    let inputs = [Input::Key('q'), Input::Click { x: 3, y: 4 }, Input::Scroll(-2)];
    let mut total = 0;
    for i in inputs {
        total += handle(i);
        println!("{:?}", i);
    }
    println!("total {}", total);
}
