// `Fn::(A) -> R`: parenthesized generic arguments may be written after `::`, like `Vec::<u8>` in a type.
// rustc's parser accepts `Path::(..)` in expression and pattern paths too (`String::()`, `Some::(x)`);
// those are rejected only by later passes, so they are not part of this program.
use std::collections::HashMap;

fn apply(f: &dyn Fn::(u32) -> u32, x: u32) -> u32 {
    f(x)
}

fn make_counter() -> Box<dyn FnMut::() -> usize> {
    let mut n = 0;
    Box::new(move || {
        n += 1;
        n
    })
}

struct Handlers {
    by_name: HashMap<String, Box<dyn Fn::(&str) -> String>>,
}

fn main() {
    let mut counter = make_counter();
    counter();
    let mut handlers = Handlers { by_name: HashMap::new() };
    handlers.by_name.insert("upper".into(), Box::new(|s: &str| s.to_uppercase()));
    let shout = &handlers.by_name["upper"];
    println!("{} {} {}", apply(&|x| x * 2, 21), counter(), shout("hi"));
}
