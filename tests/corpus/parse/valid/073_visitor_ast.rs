// An expression AST with a visitor trait, an evaluator and a pretty printer.
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub enum Expr {
    Num(f64),
    Var(String),
    Unary { op: char, operand: Box<Expr> },
    Binary { op: char, lhs: Box<Expr>, rhs: Box<Expr> },
    Call(String, Vec<Expr>),
    Let { name: String, value: Box<Expr>, body: Box<Expr> },
}

pub trait Visitor {
    type Out;
    fn visit(&mut self, e: &Expr) -> Self::Out;
}

pub struct Printer;

impl Visitor for Printer {
    type Out = String;

    fn visit(&mut self, e: &Expr) -> String {
        match e {
            Expr::Num(n) => format!("{n}"),
            Expr::Var(v) => v.clone(),
            Expr::Unary { op, operand } => format!("{op}{}", self.visit(operand)),
            Expr::Binary { op, lhs, rhs } => format!("({} {op} {})", self.visit(lhs), self.visit(rhs)),
            Expr::Call(f, args) => {
                let args: Vec<String> = args.iter().map(|a| self.visit(a)).collect();
                format!("{f}({})", args.join(", "))
            }
            Expr::Let { name, value, body } => format!("let {name} = {} in {}", self.visit(value), self.visit(body)),
        }
    }
}

pub struct Evaluator {
    scopes: Vec<HashMap<String, f64>>,
}

impl Visitor for Evaluator {
    type Out = Result<f64, String>;

    fn visit(&mut self, e: &Expr) -> Result<f64, String> {
        Ok(match e {
            Expr::Num(n) => *n,
            Expr::Var(v) => *self.scopes.iter().rev().find_map(|s| s.get(v)).ok_or(format!("unbound {v}"))?,
            Expr::Unary { op: '-', operand } => -self.visit(operand)?,
            Expr::Unary { op, .. } => return Err(format!("bad unary {op}")),
            Expr::Binary { op, lhs, rhs } => {
                let (a, b) = (self.visit(lhs)?, self.visit(rhs)?);
                match op {
                    '+' => a + b,
                    '-' => a - b,
                    '*' => a * b,
                    '/' if b == 0.0 => return Err("division by zero".into()),
                    '/' => a / b,
                    _ => return Err(format!("bad op {op}")),
                }
            }
            Expr::Call(f, args) if f == "max" => {
                let vals = args.iter().map(|a| self.visit(a)).collect::<Result<Vec<_>, _>>()?;
                vals.into_iter().fold(f64::NEG_INFINITY, f64::max)
            }
            Expr::Call(f, _) => return Err(format!("unknown function {f}")),
            Expr::Let { name, value, body } => {
                let v = self.visit(value)?;
                self.scopes.push(HashMap::from([(name.clone(), v)]));
                let out = self.visit(body);
                self.scopes.pop();
                out?
            }
        })
    }
}

fn num(n: f64) -> Box<Expr> {
    Box::new(Expr::Num(n))
}

fn main() {
    let e = Expr::Let {
        name: "x".into(),
        value: Box::new(Expr::Binary { op: '*', lhs: num(3.0), rhs: num(4.0) }),
        body: Box::new(Expr::Call("max".into(), vec![Expr::Var("x".into()), Expr::Unary { op: '-', operand: num(2.0) }])),
    };
    println!("{}", Printer.visit(&e));
    println!("{:?}", Evaluator { scopes: vec![] }.visit(&e));
}
