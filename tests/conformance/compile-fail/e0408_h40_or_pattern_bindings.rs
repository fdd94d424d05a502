#[derive(Debug, Clone, Copy)]
enum Input {
    Key(char),
    Mouse(i32, i32),
    Touch(i32, i32),
    Idle,
}

fn position(i: Input) -> (i32, i32) {
    match i {
        Input::Mouse(x, y) | Input::Touch(x, y) => (x, y),
        Input::Key(_) | Input::Idle => (0, 0),
    }
}

fn key_or_x(i: Input) -> i32 {
    match i {
        Input::Key(c) | Input::Mouse(x, _) => x,
        _ => -1,
    }
}

fn by_ref(i: &Input) -> i32 {
    match *i {
        Input::Mouse(ref x, _) | Input::Touch(x, _) => 1,
        _ => 0,
    }
}

fn main() {
    let evs = [Input::Key('q'), Input::Mouse(3, 4), Input::Touch(5, 6), Input::Idle];
    for e in evs {
        println!("{:?} {} {}", position(e), key_or_x(e), by_ref(&e));
    }
}
