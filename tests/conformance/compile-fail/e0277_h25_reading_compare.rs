// Comparing sensor readings of different widths: std's PartialEq impls for
// arrays, slices and references compare the elements, so rustc reports the
// element types (E0277); scalars and structs expect the left side's type (E0308).
#[derive(Debug, PartialEq, PartialOrd)]
struct Reading {
    value: u16,
}

#[derive(Debug, PartialEq)]
struct Raw {
    value: u16,
}

fn main() {
    let wide: [u16; 4] = [10, 20, 30, 40];
    let narrow: [u8; 4] = [10, 20, 30, 40];
    let short: [u16; 3] = [10, 20, 30];
    let level: u16 = 7;
    let small: u8 = 7;

    let same = wide == narrow;
    let shorter = wide != short;
    let by_ref = &level == &small;
    let mixed = &level == small;
    let pair = (level, small) == (small, small);
    let plain = level < small;
    let ordered = wide < narrow;
    let sliced = wide[..] == narrow[..];
    let against_slice = wide == &narrow[..];
    let nested = [[1u8; 2]; 2] == [[1u16; 2]; 2];
    let number = wide == 3;
    let negative = level == -1;

    let r = Reading { value: 1 };
    let raw = Raw { value: 1 };
    let structs = r == raw;
    let wrapped = [Reading { value: 2 }] == [Raw { value: 2 }];
    let refs = &r < &Reading { value: 3 };
    let last = wide[-1];
    let from_end = narrow[-(2)];

    println!("{} {} {} {} {} {} {}", same, shorter, by_ref, mixed, pair, plain, ordered);
    println!("{} {} {} {} {} {} {} {} {}", sliced, against_slice, nested, number, negative, structs, wrapped, refs, last);
    println!("{}", from_end);
}
