// Tuple struct and enum variant constructors used as function values; method paths as fn items.
#[derive(Debug, Clone, PartialEq)]
struct Meters(f64);

#[derive(Debug)]
enum Event {
    Key(char),
    Click(i32, i32),
    Quit,
}

#[derive(Debug)]
struct Pair<A, B>(A, B);

fn apply<T, U>(items: Vec<T>, f: impl Fn(T) -> U) -> Vec<U> {
    items.into_iter().map(f).collect()
}

fn main() {
    let distances: Vec<Meters> = vec![1.0, 2.5].into_iter().map(Meters).collect();
    let keys: Vec<Event> = "ab".chars().map(Event::Key).collect();
    let clicks: Vec<Event> = vec![(1, 2), (3, 4)].into_iter().map(|(x, y)| Event::Click(x, y)).collect();
    let ctor: fn(i32, i32) -> Event = Event::Click;
    let pairs = apply(vec![1, 2], |n| Pair(n, n.to_string()));
    let wrapped: Vec<Option<u8>> = vec![1u8, 2].into_iter().map(Some).collect();
    let oks: Vec<Result<u8, String>> = vec![3u8].into_iter().map(Ok).collect();
    let lens: Vec<usize> = vec!["a", "bcd"].into_iter().map(str::len).collect();
    let uppers: Vec<String> = vec!["x"].iter().map(|s| s.to_uppercase()).collect();
    let owned: Vec<String> = ["p", "q"].iter().copied().map(String::from).collect();
    let trimmed: Vec<&str> = vec![" a ", "b "].into_iter().map(str::trim).collect();
    let abs: Vec<i32> = vec![-1, 2].into_iter().map(i32::abs).collect();
    let quit = Event::Quit;
    println!("{distances:?} {keys:?} {clicks:?} {:?} {pairs:?} {wrapped:?} {oks:?}", ctor(0, 0));
    println!("{lens:?} {uppers:?} {owned:?} {trimmed:?} {abs:?} {quit:?}");
}
