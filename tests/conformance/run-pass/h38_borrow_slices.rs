// Chapter 4: references, &mut, slices of arrays and &str.
struct Counter {
    hits: u32,
}

fn calculate_length(s: &str) -> usize {
    s.len()
}

fn bump(c: &mut Counter) {
    c.hits += 1;
}

fn sum(values: &[i32]) -> i32 {
    let mut total = 0;
    for v in values {
        total += v;
    }
    total
}

fn largest(values: &[i32]) -> i32 {
    let mut best = values[0];
    for &v in values.iter() {
        if v > best {
            best = v;
        }
    }
    best
}

fn first_word(bytes: &[u8]) -> &[u8] {
    for (i, &item) in bytes.iter().enumerate() {
        if item == b' ' {
            return &bytes[0..i];
        }
    }
    &bytes[..]
}

fn zero_out(values: &mut [i32]) {
    for i in 0..values.len() {
        values[i] = 0;
    }
}

fn main() {
    let greeting = "hello world";
    let len = calculate_length(greeting);
    println!("The length of '{greeting}' is {len}.");
    let hello = &greeting[0..5];
    let world = &greeting[6..11];
    let word = first_word(b"hello world");
    println!("{hello}|{world}|{:?}|{}", word, word.len());

    let mut c = Counter { hits: 0 };
    bump(&mut c);
    bump(&mut c);
    let r1 = &c;
    let r2 = &c;
    println!("{} and {}", r1.hits, r2.hits);
    let r3 = &mut c;
    r3.hits *= 10;
    println!("{}", c.hits);

    let mut a = [1, 2, 3, 4, 5];
    let slice = &a[1..3];
    assert_eq!(slice, &[2, 3]);
    println!("sum all {} sum mid {} largest {}", sum(&a), sum(slice), largest(&a[..4]));
    zero_out(&mut a[3..]);
    println!("{:?}", a);
    let tail = &a[2..];
    println!("tail len {} empty {}", tail.len(), tail.is_empty());
}
