// lints: unused_variables unused_mut
// Lint attributes on match arms and on individual statements.
#[derive(Debug, Clone, Copy)]
enum Event {
    Click { x: i32, y: i32 },
    Key(char),
    Tick,
}

fn handle(e: Event) -> i32 {
    match e {
        #[allow(unused_variables)]
        Event::Click { x, y } => 1,
        Event::Key(c) => 2,
        Event::Tick => {
            #[allow(unused_mut)]
            let mut ticks = 1;
            let mut spare = 2;
            ticks + spare
        }
    }
}

fn main() {
    let events = [Event::Click { x: 1, y: 2 }, Event::Key('a'), Event::Tick];
    for e in events {
        println!("{}", handle(e));
    }
}
