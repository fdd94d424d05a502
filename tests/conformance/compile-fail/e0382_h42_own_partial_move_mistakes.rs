// Partial-move mistakes: using the whole struct after one field moved out.
#[derive(Debug)]
struct Label {
    code: u32,
}

#[derive(Debug)]
struct Parcel {
    label: Label,
    weight_g: u32,
}

fn print_label(l: Label) {
    println!("label #{}", l.code);
}

fn ship(p: Parcel) -> u32 {
    p.weight_g
}

fn main() {
    let parcel = Parcel { label: Label { code: 77 }, weight_g: 1200 };
    let Parcel { label, .. } = parcel;
    print_label(label);
    // mistake 1: parcel.label was moved out
    println!("{:?}", parcel);

    let second = Parcel { label: Label { code: 78 }, weight_g: 300 };
    print_label(second.label);
    // mistake 2: shipping a partially moved parcel
    println!("{}", ship(second));
}
