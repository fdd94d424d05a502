fn main() {
    let c = 'λ';
    let b = true;
    let s = "tab\there";
    println!("{c} {c:?} {:>3}|{:<3}|{:^5}|", c, c, c);
    println!("{b} {b:?} {:>6}| {:<6}|", b, !b);
    println!("{s}");
    println!("{s:?}");
    println!("{:.3}|{:>10.4}|{:-^9.2}|", "truncate", "abcdefgh", "xyz");
    println!("{:?}", '\u{7f}');
    println!("{:?}", "\u{0}\r\\");
    println!("{:5}|{:<5}|{:>5}|", 'a', true, "z");
    println!("{}", 'A' as u8);
    println!("{:?}", b'a');
    println!("{:#x}", b'a');
}
