from adm_appraise.cli import main

main(prog_name="adm-appraise")
