// macro_rules! definitions with every delimiter, fragment specifiers, repetitions and nesting.
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

macro_rules! maximum [
    ($x:expr) => [$x];
    ($x:expr, $($rest:expr),+ $(,)?) => [{
        let a = $x;
        let b = maximum!($($rest),+);
        if a > b { a } else { b }
    }];
];

macro_rules! make_struct (
    ($name:ident { $($field:ident : $ty:ty),* $(,)? }) => (
        #[derive(Debug, Default)]
        pub struct $name {
            $(pub $field: $ty,)*
        }
    );
);

macro_rules! hash_map {
    () => { ::std::collections::HashMap::new() };
    ($($key:expr => $value:expr),+ $(,)?) => {{
        let mut map = ::std::collections::HashMap::new();
        $( map.insert($key, $value); )+
        map
    }};
}

macro_rules! fragments {
    ($i:ident, $l:lifetime, $p:pat, $pp:pat_param, $t:ty, $b:block, $s:stmt, $lit:literal, $path:path, $vis:vis, $m:meta, $tt:tt, $it:item) => {};
}

macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

macro_rules! impl_zero {
    ($($t:ty)*) => { $(impl Zero for $t { fn zero() -> Self { 0 as $t } })* };
}

trait Zero {
    fn zero() -> Self;
}

impl_zero!(u8 u16 u32 f64);

make_struct!(Settings { width: u32, height: u32, title: String });

#[macro_export]
macro_rules! log_line {
    ($fmt:literal $(, $arg:expr)* $(,)?) => {
        println!(concat!("[log] ", $fmt) $(, $arg)*)
    };
}

fragments!(a, 'b, Some(_), x, Vec<u8>, {}, let x = 1, "lit", std::vec::Vec, pub, derive(Debug), +, fn f() {});

fn main() {
    let s = Settings { width: 3, title: String::from("t"), ..Default::default() };
    let m: std::collections::HashMap<&str, u32> = hash_map! { "a" => 1, "b" => 2, };
    log_line!("{} {} {} {}", square!(4), maximum![1, 9, 3], count!(a b c d), s.width + m["a"]);
    println!("{}", <f64 as Zero>::zero() + f64::from(s.height));
}
