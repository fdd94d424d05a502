fn main() {
    let first = "Ada";
    let last = "Lovelace";
    println!("{1}, {0}", first, last);
    println!("{0} {0} {0}!", "ho");
    println!("{f} {l} ({f})", f = first, l = last);
    println!("{} {last} {}", first, 1815);
    println!("{0:>8} | {0:<8} | {0:^8}", first);
    println!("{n:05} {n:+} {n:<5}|", n = 42);
    let w = 6;
    let p = 2;
    let v = 9.87654;
    println!("{v:w$.p$}|{v:>w$}|{v:.p$}");
    println!("{:1$}|", 7, w);
    println!("{:.1$}|", v, p);
    println!("{0:.1$} {0:.2$}", v, 1, 3);
    println!("{:>w$}|", first, w = 10);
}
