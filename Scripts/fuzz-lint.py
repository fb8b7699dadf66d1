#!/usr/bin/env python3
"""Lints random word sequences in the four languages and reports any run that traps.

Bad input must never crash the linter. Each run writes a chapter of 300 paragraphs of 1 to 30
words drawn from a vocabulary of agency names, markers the readings look for (brackets, titles,
quotation marks, partners, appeals, pronouns) and function words, in one language, and lints it;
an exit status other than 0 or 1 is a crash, and the chapter is kept as crash-SEED-LANG.md.

    Scripts/fuzz-lint.py [--rrp .build/debug/rrp] [--seeds 0:60] [--out /tmp/rrp-fuzz]
"""
import argparse
import os
import random
import subprocess

WORDS = {
    "en": "UNHCR WFP the a to assist supported operations partner agencies and partners 's has registered the objective "
          "of strengthening , . M. Dr. It it will plan Response Plan developed by budget appeal Supplementary cash "
          "programme food assistance reach collective our acknowledge contributions of identified 8 register ( ) was "
          "said that “ ” : ; —".split(),
    "fr": "le HCR les partenaires du agences partenaires a pour objectif de renforcer , . M. Il il élaboré plan de "
          "réponse remercie notre engagement collectif identifié 8 et procédera Haut-Commissaire des Nations Unies pour "
          "les réfugiés ( ) « » a déclaré".split(),
    "es": "ACNUR la OIM tiene por finalidad reforzar , . Además brindará busca fortalecer los socios del organizaciones "
          "socias nuestro compromiso colectivo se registraron llegaron Sr. fue elaborado por plan ( ) “ ” señaló".split(),
    "zh": "难民署 向 提供 大量 捐款 。 ， 此外 将 对 新 抵达 表示 关切 的 资金缺口 设有 三 个 办事处 联合国机构 及其 合作伙伴 本 计划 由 "
          "制定 接受 保护 （ ） 「 」 说 ：".split(),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rrp", default=".build/debug/rrp")
    parser.add_argument("--seeds", default="0:60", help="FIRST:END, a range of random seeds")
    parser.add_argument("--out", default="/tmp/rrp-fuzz")
    args = parser.parse_args()
    first, end = (int(x) for x in args.seeds.split(":"))
    os.makedirs(args.out, exist_ok=True)
    chapter = os.path.join(args.out, "fuzz.md")
    crashes = 0
    for seed in range(first, end):
        rng = random.Random(seed)
        for lang, words in WORDS.items():
            joiner = "" if lang == "zh" else " "
            body = [joiner.join(rng.choice(words) for _ in range(rng.randint(1, 30))) for _ in range(300)]
            text = f"---\nlanguage: {lang}\n---\n## Response strategy\n\n" + "\n\n".join(body) + "\n"
            with open(chapter, "w", encoding="utf-8") as f:
                f.write(text)
            run = subprocess.run([args.rrp, "lint", chapter, "--format", "line"], capture_output=True, text=True)
            if run.returncode not in (0, 1):
                crashes += 1
                kept = os.path.join(args.out, f"crash-{seed}-{lang}.md")
                with open(kept, "w", encoding="utf-8") as f:
                    f.write(text)
                where = [line.strip() for line in run.stderr.splitlines() if "Fatal" in line or " at /" in line][:3]
                print(f"seed {seed} {lang}: exit {run.returncode}, kept {kept}\n    " + "\n    ".join(where))
    print(f"{(end - first) * len(WORDS)} chapters linted, {crashes} crashed")
    return 1 if crashes else 0


if __name__ == "__main__":
    raise SystemExit(main())
